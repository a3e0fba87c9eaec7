package eu.pharos.network;

/**
 * One reason a profile change was refused.
 *
 * @param record 0-based position of the profile in a bulk import; 0 for a single change
 * @param field the field at fault, as forms name it (e.g. "website", "periods[2]",
 *     "helplines[0].languages")
 * @param messageKey the reason in the {@code i18n/network} bundle
 * @param value the rejected value, if it helps to show it (never personal data)
 */
public record ProfileProblem(int record, String field, String messageKey, String value) {}
