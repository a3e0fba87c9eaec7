package eu.pharos.knowledge.practice;

import eu.pharos.identity.ActAs;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.shared.command.CommandRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Good practices of the demo centres, written through the services by the people who would share
 * them: APAV on calling back missed calls to 116 006 (public, with its Portuguese version), Weisser
 * Ring on routing calls by language (for the centre's members), and a practice on blended
 * counselling in Distant Support; Weisser Ring asks to adopt APAV's practice and reports that it is
 * under way. Only when the demo network is seeded, once, after the demo centres.
 */
@Component
@Order(91)
class DemoPractices implements ApplicationRunner {

  static final String HELPLINES = "european-helplines";
  static final String DISTANT_SUPPORT = "distant-support";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String WR_ADVISOR = "advisor.wr-de@pharos.test";
  static final String SAW_ADVISOR = "advisor.saw@pharos.test";

  private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

  private final Practices practices;
  private final PracticeAdoptions adoptions;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  DemoPractices(
      Practices practices,
      PracticeAdoptions adoptions,
      ActAs actAs,
      JdbcTemplate jdbc,
      @Value("${pharos.demo}") boolean enabled) {
    this.practices = practices;
    this.adoptions = adoptions;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer existing =
        jdbc.queryForObject("select count(*) from knowledge_practice", Integer.class);
    Integer centres =
        jdbc.queryForObject(
            "select count(*) from knowledge_centre where slug in (?, ?)",
            Integer.class,
            HELPLINES,
            DISTANT_SUPPORT);
    if ((existing != null && existing > 0) || centres == null || centres < 2) {
      return;
    }
    PracticeView callBack =
        actAs.user(
            APAV_ADMIN,
            () ->
                practices.create(
                    HELPLINES,
                    new PracticeInput(
                        "Calling back missed calls to 116 006",
                        "Calls to a victim helpline are missed when every line is busy, outside"
                            + " opening hours or when the caller hangs up before an answer. Some"
                            + " callers find it hard to call a second time, and the first contact"
                            + " is often the moment they decided to ask for help.",
                        "Every missed call is logged with the time and, where the caller's number"
                            + " is shown, the number. At the start of each shift a named advisor"
                            + " works through the list of the previous hours and calls back once,"
                            + " introducing themselves only by their first name and the helpline's"
                            + " name, and asking whether it is a good moment to talk. The advisor"
                            + " leaves no message that names the service unless the caller agreed"
                            + " to it before. Numbers are deleted from the list once the call-back"
                            + " is made or after a set number of days, as the privacy policy says.",
                        "A telephone system that logs missed calls with their numbers, one advisor"
                            + " per shift for part of their time, a short written script for the"
                            + " call-back, and a retention rule agreed with the data protection"
                            + " officer.",
                        "Callers who had given up were reached and supported. Advisors report that"
                            + " a call-back opens the conversation well when it starts by asking"
                            + " whether it is safe to talk. The practice is reviewed at each team"
                            + " meeting.",
                        "APAV helpline coordination, through the centre's discussion or the"
                            + " helpline's general e-mail address",
                        Visibility.PUBLIC,
                        "en")));
    actAs.user(
        APAV_ADMIN,
        () ->
            practices.translate(
                HELPLINES,
                callBack.id(),
                new PracticeText(
                    "pt",
                    "Devolver as chamadas perdidas para o 116 006",
                    "As chamadas para uma linha de apoio à vítima perdem-se quando todas as linhas"
                        + " estão ocupadas, fora do horário de funcionamento ou quando a pessoa"
                        + " desliga antes de ser atendida. Algumas pessoas têm dificuldade em"
                        + " voltar a ligar, e o primeiro contacto é muitas vezes o momento em que"
                        + " decidiram pedir ajuda.",
                    "Cada chamada perdida é registada com a hora e, quando o número é visível, o"
                        + " número. No início de cada turno, um técnico designado percorre a lista"
                        + " das horas anteriores e devolve a chamada uma vez, apresentando-se"
                        + " apenas pelo nome próprio e pelo nome da linha, e perguntando se é um"
                        + " bom momento para falar. Não deixa mensagem que identifique o serviço"
                        + " sem acordo prévio da pessoa. Os números são apagados da lista depois"
                        + " de devolvida a chamada ou ao fim de um número definido de dias, como"
                        + " prevê a política de privacidade.",
                    "Um sistema telefónico que registe as chamadas perdidas com o número, um"
                        + " técnico por turno durante parte do seu tempo, um guião escrito para a"
                        + " chamada e uma regra de conservação acordada com o encarregado de"
                        + " proteção de dados.",
                    "Foi possível chegar a pessoas que tinham desistido e apoiá-las. Os técnicos"
                        + " referem que a chamada corre bem quando começa por perguntar se é"
                        + " seguro falar. A prática é revista em cada reunião de equipa.")));

    actAs.user(
        WR_ADVISOR,
        () ->
            practices.create(
                HELPLINES,
                new PracticeInput(
                    "Routing calls by language",
                    "Callers who do not speak the country's language wait longer and are often"
                        + " answered by an advisor who cannot help them, then asked to call again"
                        + " at another time.",
                    "The welcome message offers a short choice of languages. Each choice leads to"
                        + " a queue served by advisors who speak that language, wherever in the"
                        + " country they work; when none is free, the call goes to the general"
                        + " queue, where an interpreting service can be added to the call.",
                    "A telephone system with queues by skill, a list of the languages each"
                        + " advisor speaks kept up to date, and a contract with an interpreting"
                        + " service for the languages no advisor speaks.",
                    "Advisors say callers explain their situation more fully in their own"
                        + " language. The languages offered are reviewed each year against the"
                        + " calls received.",
                    "Weisser Ring helpline team, through the centre",
                    Visibility.CENTRE,
                    "en")));

    actAs.user(
        SAW_ADVISOR,
        () ->
            practices.create(
                DISTANT_SUPPORT,
                new PracticeInput(
                    "Blended counselling: combining chat, e-mail and meetings in person",
                    "Some victims first reach out in writing and are not ready to meet or call;"
                        + " others start in person but find it hard to come back. Keeping to one"
                        + " channel can end the support too early.",
                    "One advisor follows the person across channels. The advisor agrees with them"
                        + " at the start which channels they will use and how quickly to expect an"
                        + " answer, and notes the agreement in the case. Written exchanges happen"
                        + " on the organisation's secure platform, never on personal accounts;"
                        + " a meeting in person or a call is offered whenever the exchange shows"
                        + " it would help.",
                    "A secure platform for written counselling, advisors trained in writing to"
                        + " victims, and supervision that covers written exchanges as well as"
                        + " conversations.",
                    "Advisors find that people who start in writing often accept a call or a"
                        + " meeting later. Supervision sessions now include reading written"
                        + " exchanges together.",
                    "Distant Support centre, through its discussion",
                    Visibility.NETWORK,
                    "en")));

    AdoptionView asked =
        actAs.user(
            WR_ADVISOR,
            () ->
                adoptions.ask(
                    HELPLINES,
                    callBack.id(),
                    "We would like to call back missed calls on our line in the same way and"
                        + " would welcome your call-back script."));
    actAs.user(
        WR_ADVISOR,
        () ->
            adoptions.report(
                HELPLINES,
                callBack.id(),
                asked.id(),
                AdoptionStatus.IN_PROGRESS,
                "Our telephone system now keeps the list of missed calls; the call-back script is"
                    + " being adapted and agreed with our data protection officer."));
    log.info("Demo good practices in {} and {}", HELPLINES, DISTANT_SUPPORT);
  }
}
