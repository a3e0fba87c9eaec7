/**
 * Support at a distance: live chat and written messaging between anonymous victims and the advisors
 * of a member organisation. A victim starts a conversation without an account and holds it by a
 * visitor key (a random token in a cookie of the chat's own path); advisors take conversations from
 * their organisation's queue in a console. Messages are stored, sealed at rest, before they are
 * acknowledged, numbered per conversation so that every client shows each exactly once and in
 * order, and delivered live over a WebSocket, or by long polling where a network blocks it, through
 * a relay that is in-process on one node and RabbitMQ across several.
 *
 * <p>A finished conversation is filed with its transcript as a contact of the helpline module.
 * Every read of a transcript by staff is audited; transcripts are kept only as long as the
 * organisation sets.
 */
@ApplicationModule(
    allowedDependencies = {"shared", "platform", "audit", "identity", "network", "helpline"})
package eu.pharos.chat;

import org.springframework.modulith.ApplicationModule;
