package eu.pharos.helpline;

import java.util.UUID;

/** One advisor's load: open cases they lead or work on, and their overdue items. */
public record CaseloadView(
    UUID advisorId,
    String advisorName,
    int openCasesLed,
    int openCasesInTeam,
    int overdueActions,
    int overdueFollowUps,
    int contactsLast7Days) {}
