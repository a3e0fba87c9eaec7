package eu.pharos.test;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one {@link Browser} per test class and closes it after the class. On a machine without
 * Chromium the class is skipped, with the reason, before the application starts; when browser tests
 * are required it fails instead.
 */
final class BrowserExtension
    implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return Browser.missing()
        .filter(reason -> !Browser.required())
        .map(reason -> ConditionEvaluationResult.disabled("Browser tests skipped: " + reason))
        .orElse(ConditionEvaluationResult.enabled("Chromium and chromedriver are here"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put(Browser.class, Browser.start());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Integer port =
        SpringExtension.getApplicationContext(context)
            .getEnvironment()
            .getRequiredProperty("local.server.port", Integer.class);
    browser(context).beginTest(port);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return browser(context);
  }

  private static Browser browser(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
  }
}
