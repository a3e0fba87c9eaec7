package eu.pharos.chat.figures;

import eu.pharos.chat.ChatEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the wait of every finished conversation for the supervisor's figures of the day, after the
 * ending commits (the event publication registry redelivers it after a restart).
 */
@Component
class WaitRecorder {

  private final WaitRecords records;

  WaitRecorder(WaitRecords records) {
    this.records = records;
  }

  @ApplicationModuleListener
  void on(ChatEnded ended) {
    records.record(ended);
  }
}
