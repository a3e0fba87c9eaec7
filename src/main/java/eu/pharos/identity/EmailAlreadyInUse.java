package eu.pharos.identity;

/** Every account in the network has its own e-mail address; this one is taken. */
public class EmailAlreadyInUse extends RuntimeException {

  public EmailAlreadyInUse() {
    super("E-mail address already in use");
  }
}
