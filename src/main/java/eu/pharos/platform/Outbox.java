package eu.pharos.platform;

import java.util.List;

/** The messages that embedded mode kept instead of sending, for an administrator to read. */
public interface Outbox {

  List<OutboxMessage> latest(int limit);
}
