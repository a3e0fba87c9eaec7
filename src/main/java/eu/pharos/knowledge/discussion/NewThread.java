package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.centre.Visibility;

/**
 * A thread to start.
 *
 * @param visibility who may read it: CENTRE (when null) or NETWORK; discussions are never public
 */
public record NewThread(String title, String body, Visibility visibility) {}
