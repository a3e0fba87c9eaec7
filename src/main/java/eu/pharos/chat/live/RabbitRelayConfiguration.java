package eu.pharos.chat.live;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Base64UrlNamingStrategy;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cluster mode ({@code pharos.chat.relay=rabbitmq}): the exchange, this node's queue and its
 * listener, on the connection Spring Boot makes from {@code spring.rabbitmq.*}. RabbitAdmin
 * declares them when the connection opens, and again after the broker comes back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RabbitRelay.PROPERTY, havingValue = RabbitRelay.MODE)
class RabbitRelayConfiguration {

  @Bean
  FanoutExchange chatExchange() {
    return new FanoutExchange(RabbitRelay.EXCHANGE, true, false);
  }

  /**
   * Exclusive, not durable, deleted when the node's connection closes. Not an {@code
   * AnonymousQueue}: that one asks for a queue leader locator, which brokers before 3.12 refuse.
   */
  @Bean
  Queue chatNodeQueue() {
    return nodeQueue();
  }

  static Queue nodeQueue() {
    return new Queue(
        new Base64UrlNamingStrategy("pharos.chat.node.").generateName(), false, true, true);
  }

  @Bean
  Binding chatNodeBinding(FanoutExchange chatExchange, Queue chatNodeQueue) {
    return BindingBuilder.bind(chatNodeQueue).to(chatExchange);
  }

  @Bean(destroyMethod = "close")
  RabbitRelay rabbitRelay(RabbitTemplate template, JsonMapper json) {
    return new RabbitRelay(template, json);
  }

  /** One consumer, so that a node sees another node's signals in the order they were sent. */
  @Bean
  SimpleMessageListenerContainer chatRelayListener(
      ConnectionFactory connections, Queue chatNodeQueue, RabbitRelay relay) {
    SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
    container.setQueues(chatNodeQueue);
    container.setMessageListener(relay);
    container.setAcknowledgeMode(AcknowledgeMode.NONE);
    container.setConcurrentConsumers(1);
    container.setPrefetchCount(250);
    container.setMissingQueuesFatal(false);
    return container;
  }
}
