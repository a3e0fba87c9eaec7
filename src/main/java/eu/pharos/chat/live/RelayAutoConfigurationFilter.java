package eu.pharos.chat.live;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's RabbitMQ auto-configuration (connection factory, template, health indicator,
 * metrics) out unless the chat's relay is RabbitMQ: a node in embedded mode must neither connect to
 * a broker nor report itself down for lack of one, although the client is on the class path.
 * Registered in {@code META-INF/spring.factories}.
 */
public class RelayAutoConfigurationFilter
    implements AutoConfigurationImportFilter, EnvironmentAware {

  static final String RABBIT_AUTO_CONFIGURATIONS = "org.springframework.boot.amqp.autoconfigure.";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
    boolean rabbit = RabbitRelay.MODE.equals(environment.getProperty(RabbitRelay.PROPERTY));
    boolean[] matches = new boolean[autoConfigurationClasses.length];
    for (int i = 0; i < autoConfigurationClasses.length; i++) {
      String name = autoConfigurationClasses[i];
      matches[i] = rabbit || name == null || !name.startsWith(RABBIT_AUTO_CONFIGURATIONS);
    }
    return matches;
  }
}
