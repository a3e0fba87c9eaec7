package eu.pharos.network.exchange;

import eu.pharos.network.CallCost;
import eu.pharos.network.OpeningHours;
import java.util.List;

record ImportedHelpline(
    String number,
    boolean harmonised,
    List<String> languages,
    OpeningHours hours,
    CallCost cost,
    boolean contactVerified) {}
