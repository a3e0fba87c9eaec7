package eu.pharos.chat.blocks.web;

import eu.pharos.chat.BlockDuration;
import eu.pharos.chat.BlockReason;

/**
 * The block form as typed; an unknown reason or duration reads as none, which the facade refuses.
 */
record BlockForm(String reason, String note, String duration) {

  static BlockForm blank() {
    return new BlockForm("", "", "");
  }

  BlockReason parsedReason() {
    return named(BlockReason.class, reason);
  }

  BlockDuration parsedDuration() {
    return named(BlockDuration.class, duration);
  }

  static <E extends Enum<E>> E named(Class<E> type, String name) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    return null;
  }
}
