package eu.pharos.shared;

/**
 * A record that does not exist or that the caller may not see; the two are indistinguishable on
 * purpose, so that an id of another organisation's record reveals nothing. Pages answer with their
 * "not found" page and the API with a 404 problem. The message is for logs only, never shown.
 */
public abstract class RecordNotFound extends RuntimeException {

  protected RecordNotFound(String message) {
    super(message);
  }
}
