package eu.pharos.network.directory.web;

import eu.pharos.network.CallCost;
import eu.pharos.network.HelplineDetails;
import java.util.ArrayList;
import java.util.List;

/** A new helpline with its own hours, in the member's time zone. */
public class HelplineForm {

  private String number;
  private boolean harmonised;
  private String languages;
  private CallCost cost = CallCost.FREE;
  private boolean alwaysOpen;
  private List<PeriodRow> rows = new ArrayList<>();

  static HelplineForm blank() {
    HelplineForm form = new HelplineForm();
    form.withBlankRows();
    return form;
  }

  HelplineForm withBlankRows() {
    while (rows.size() < HoursForm.BLANK_ROWS) {
      rows.add(new PeriodRow());
    }
    return this;
  }

  HelplineDetails toCommand(HoursRows hours) {
    return new HelplineDetails(
        number, harmonised, FormErrors.codes(languages), alwaysOpen, hours.periods(), cost);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public boolean isHarmonised() {
    return harmonised;
  }

  public void setHarmonised(boolean harmonised) {
    this.harmonised = harmonised;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public CallCost getCost() {
    return cost;
  }

  public void setCost(CallCost cost) {
    this.cost = cost;
  }

  public boolean isAlwaysOpen() {
    return alwaysOpen;
  }

  public void setAlwaysOpen(boolean alwaysOpen) {
    this.alwaysOpen = alwaysOpen;
  }

  public List<PeriodRow> getRows() {
    return rows;
  }

  public void setRows(List<PeriodRow> rows) {
    this.rows = rows;
  }
}
