package eu.pharos.chat.web.console;

import eu.pharos.chat.routing.NetworkOffer;
import eu.pharos.chat.routing.NetworkOfferChange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The "Serve the network" form of the chat settings, as typed: on or off, the languages offered,
 * and a from–to time a weekday (in the organisation's time zone; empty for none that day).
 */
record NetworkSettingsForm(boolean serving, List<String> languages, List<Day> days, long version) {

  record Day(DayOfWeek day, String from, String to) {

    public String fromId() {
      return "network-" + day.name() + "-from";
    }

    public String toId() {
      return "network-" + day.name() + "-to";
    }
  }

  static NetworkSettingsForm of(NetworkOffer offer) {
    List<Day> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(
          offer
              .on(day)
              .map(
                  h ->
                      new Day(
                          day,
                          text(h.from()),
                          h.to().equals(LocalTime.MIDNIGHT) ? "24:00" : text(h.to())))
              .orElse(new Day(day, "", "")));
    }
    return new NetworkSettingsForm(offer.serving(), offer.languages(), days, offer.version());
  }

  NetworkOfferChange change() {
    return new NetworkOfferChange(
        serving,
        languages,
        days.stream().map(d -> new NetworkOfferChange.TypedDay(d.day(), d.from(), d.to())).toList(),
        version);
  }

  /** What the settings page needs for the section. */
  void show(Model model, Collection<String> offerable, Map<String, String> errors, Locale locale) {
    model.addAttribute("network", this);
    model.addAttribute("networkErrors", errors);
    model.addAttribute("networkLanguageNames", LanguageNames.of(offerable, locale));
    Map<DayOfWeek, String> dayNames = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.getDisplayName(TextStyle.FULL, locale);
      dayNames.put(day, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
    }
    model.addAttribute("networkDayNames", dayNames);
  }

  private static String text(LocalTime time) {
    return time.toString();
  }
}
