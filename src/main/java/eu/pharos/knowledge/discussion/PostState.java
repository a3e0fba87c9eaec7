package eu.pharos.knowledge.discussion;

/** What a reader sees of a post. */
public enum PostState {
  /** Its text. */
  SHOWN,
  /** Its author removed it. */
  REMOVED,
  /** A moderator hid it; the reader sees the reason (moderators and the author also the text). */
  HIDDEN
}
