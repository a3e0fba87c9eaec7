package eu.pharos.chat;

/** A conversation just started, with the key the victim's browser keeps. */
public record StartedChat(VisitorKey key, ChatState state, QueuePlace place) {}
