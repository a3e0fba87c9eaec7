package eu.pharos.chat.conversation;

import eu.pharos.chat.live.ChatSignal;
import eu.pharos.chat.live.Relay;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes relay signals once the transaction that caused them has committed, so that a node
 * reading the message it is told about finds it; nothing is published for a rollback.
 */
@Component
class Signals {

  private final Relay relay;

  Signals(Relay relay) {
    this.relay = relay;
  }

  void afterCommit(ChatSignal signal) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      relay.publish(signal);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            relay.publish(signal);
          }
        });
  }

  /** The same, with the signal made only once committed, from what the transaction left. */
  void afterCommit(Supplier<ChatSignal> signal) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      relay.publish(signal.get());
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            relay.publish(signal.get());
          }
        });
  }

  /** Not stored, so there is nothing to wait for. */
  void now(ChatSignal signal) {
    relay.publish(signal);
  }
}
