package eu.pharos.knowledge.practice;

import eu.pharos.knowledge.centre.Visibility;

/**
 * A practice as its author gives it, in its original language.
 *
 * @param contact how a reader may reach someone about it (a name, an e-mail address), optional
 * @param language ISO 639-1 code of the language it is written in
 */
public record PracticeInput(
    String title,
    String problem,
    String practice,
    String resources,
    String results,
    String contact,
    Visibility visibility,
    String language) {}
