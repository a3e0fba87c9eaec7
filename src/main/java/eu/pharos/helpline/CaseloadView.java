package eu.pharos.helpline;

import java.util.UUID;

/**
 * One advisor's load: open cases they lead or work on, and their overdue items.
 *
 * @param advisorName null when the id is no longer a user of the organisation
 * @param openCasesLed open cases they lead
 * @param openCasesInTeam open cases they are on the team of without leading them
 * @param overdueActions open plan actions they own, of open cases, due before today
 * @param overdueFollowUps open follow-ups assigned to them, of open cases, due before now
 * @param contactsLast7Days contacts they took in the last seven days
 */
public record CaseloadView(
    UUID advisorId,
    String advisorName,
    int openCasesLed,
    int openCasesInTeam,
    int overdueActions,
    int overdueFollowUps,
    int contactsLast7Days) {}
