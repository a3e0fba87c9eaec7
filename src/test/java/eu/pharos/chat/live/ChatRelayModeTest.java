package eu.pharos.chat.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.test.PharosTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Embedded mode relays in-process and leaves RabbitMQ alone: the client is on the class path, yet
 * no connection factory, listener or health check of a broker exists, so a single node neither
 * tries to reach one nor reports itself down without one.
 */
@PharosTest
class ChatRelayModeTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Relay relay;

  @Test
  void embeddedModeRelaysInProcessWithoutABroker() throws Exception {
    assertThat(relay).isInstanceOf(InProcessRelay.class);
    assertThat(context.getBeanNamesForType(RabbitRelay.class)).isEmpty();
    assertThat(
            context.getBeanNamesForType(
                org.springframework.amqp.rabbit.connection.ConnectionFactory.class))
        .isEmpty();
    assertThat(Arrays.stream(context.getBeanDefinitionNames()))
        .noneMatch(name -> name.toLowerCase().contains("rabbit"));
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }
}
