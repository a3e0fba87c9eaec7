package eu.pharos.shared;

import java.util.Set;

/**
 * An entry of the staff navigation. Each module declares its entries as beans; the shell shows the
 * ones whose roles the signed-in user has (an empty set means every signed-in user).
 *
 * @param messageKey key of the label in the message bundles
 * @param path where the entry leads, under {@code /app}
 * @param order position in the navigation, lower first
 * @param roles role names (without the {@code ROLE_} prefix) that may see the entry
 */
public record NavigationItem(String messageKey, String path, int order, Set<String> roles) {

  public boolean visibleTo(Set<String> userRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
  }
}
