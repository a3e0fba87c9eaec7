package eu.pharos.test;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context at the test database: an in-memory H2 in PostgreSQL mode by default, or
 * the real PostgreSQL at 127.0.0.1:5432 when {@code pharos.test.database=postgres} (the {@code
 * -Ppostgres} Maven profile, or the environment variable {@code PHAROS_TEST_DATABASE}). Each test
 * JVM gets its own PostgreSQL schema, so runs never see each other's data or an older schema.
 * Contexts within one JVM share the database, as nodes of one cluster would.
 */
public class TestDatabase implements EnvironmentPostProcessor {

  static final String RUN_ID =
      "t" + Long.toString(System.currentTimeMillis(), 36) + ProcessHandle.current().pid();

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    Map<String, Object> props = new HashMap<>();
    if (usePostgres()) {
      String schema = "pharos_" + RUN_ID;
      props.put(
          "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
      props.put(
          "spring.datasource.username", System.getProperty("pharos.test.pg.user", "postgres"));
      props.put("spring.datasource.password", "");
      props.put("spring.flyway.schemas", schema);
      props.put("spring.flyway.create-schemas", "true");
    } else {
      props.put(
          "spring.datasource.url",
          "jdbc:h2:mem:pharos;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
    props.put("pharos.data-dir", "target/test-data/" + RUN_ID);
    env.getPropertySources().addFirst(new MapPropertySource("pharosTestDatabase", props));
  }

  public static boolean usePostgres() {
    String value = System.getProperty("pharos.test.database");
    if (value == null || value.isBlank()) {
      value = System.getenv("PHAROS_TEST_DATABASE");
    }
    return "postgres".equalsIgnoreCase(value);
  }
}
