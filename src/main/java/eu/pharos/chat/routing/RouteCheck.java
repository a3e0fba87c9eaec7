package eu.pharos.chat.routing;

import java.util.Optional;

/**
 * The routing decision for a victim starting a chat: the organisation answers itself, another
 * member can answer (the offer), or nobody else can and the chat goes on as it would without
 * routing.
 */
public record RouteCheck(boolean originAnswers, boolean originOpen, RouteOffer offer) {

  public Optional<RouteOffer> route() {
    return Optional.ofNullable(offer);
  }
}
