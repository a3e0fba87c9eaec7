package eu.pharos.chat.demo;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.responses.CannedResponses;
import eu.pharos.chat.settings.ChatConsoleSettings;
import eu.pharos.chat.settings.ConsoleSettings;
import eu.pharos.identity.ActAs;
import eu.pharos.shared.command.CommandRunner;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The chat of the demo network, alive on first start: APAV's advisors with their statuses, canned
 * responses in Portuguese and English, an emergency protocol, two conversations waiting (one in
 * Portuguese, one in English) and one that Bruno is answering, whose words raised its priority.
 * Made through the facades, as victims and advisors would; after the helpline's demo (order 40).
 */
@Component
@Order(50)
class DemoChat implements ApplicationRunner {

  static final String ADMIN = "orgadmin.apav@pharos.test";
  static final String ALEX = "advisor.apav@pharos.test";
  static final String BRUNO = "bruno.apav@pharos.test";
  static final String CARLA = "carla.apav@pharos.test";

  private static final Logger log = LoggerFactory.getLogger(DemoChat.class);

  private final VisitorChats visitors;
  private final ChatConsole console;
  private final CannedResponses responses;
  private final ChatConsoleSettings settings;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  DemoChat(
      VisitorChats visitors,
      ChatConsole console,
      CannedResponses responses,
      ChatConsoleSettings settings,
      ActAs actAs,
      JdbcTemplate jdbc,
      @Value("${pharos.demo}") boolean enabled) {
    this.visitors = visitors;
    this.console = console;
    this.responses = responses;
    this.settings = settings;
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
        jdbc.queryForObject("select count(*) from chat_canned_response", Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    UUID apav = as(ADMIN, TenantContext::current);
    as(ADMIN, this::organisation);
    as(ALEX, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 3, List.of("pt", "en")));
    as(BRUNO, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 2, List.of("pt")));
    as(CARLA, () -> console.setStatus(AdvisorAvailability.AWAY, 2, List.of("pt", "en")));

    StartedChat waiting = start(apav, "pt", ChatTopic.DOMESTIC_VIOLENCE);
    visitors.send(
        waiting.key(),
        "demo-1",
        "Boa tarde. O meu companheiro grita comigo e controla o meu dinheiro. Não sei o que fazer.");
    StartedChat fraud = start(apav, "en", ChatTopic.ONLINE_CRIME);
    visitors.send(
        fraud.key(),
        "demo-1",
        "Someone used my bank card online after a fake parcel message. Can you help?");

    // Bruno's conversation: the victim's second message raises its priority, so that its page shows
    // the safeguarding alert with the emergency protocol; nothing raised waits in the queue.
    StartedChat stalking = start(apav, "pt", ChatTopic.STALKING_OR_HARASSMENT);
    visitors.send(
        stalking.key(),
        "demo-1",
        "Olá. Um antigo colega manda-me mensagens todos os dias e aparece no meu trabalho.");
    ConversationView taken = as(BRUNO, () -> console.accept(stalking.key().conversationId()));
    as(
        BRUNO,
        () ->
            console.send(
                taken.id(),
                "demo-1",
                "Olá, sou o Bruno da APAV. Obrigado por nos contactar. Há quanto tempo isto"
                    + " acontece?"));
    visitors.send(
        stalking.key(),
        "demo-2",
        "Há uns três meses. Hoje está à porta do meu prédio e sinto que estou em perigo.");
    as(
        BRUNO,
        () ->
            console.note(
                taken.id(),
                "demo-1",
                "Perseguição persistente: propor plano de segurança e informar sobre a queixa."));
    log.info("Demo chat: APAV has 2 conversations waiting and 1 being answered");
  }

  private Object organisation() {
    responses.add(
        "pt",
        "Boas-vindas",
        "Olá, obrigado por contactar a APAV. O meu nome é … e estou aqui para ouvir. O que"
            + " aconteceu?");
    responses.add(
        "pt",
        "Segurança agora",
        "Antes de continuarmos: está num lugar seguro neste momento? Se estiver em perigo"
            + " imediato, ligue 112.");
    responses.add(
        "pt",
        "Linha 116 006",
        "Também pode falar connosco por telefone, gratuitamente, pela Linha de Apoio à Vítima"
            + " 116 006, nos dias úteis das 9h às 21h.");
    responses.add(
        "pt",
        "Apresentar queixa",
        "Pode apresentar queixa em qualquer esquadra da PSP, posto da GNR ou no Ministério"
            + " Público. Se quiser, ajudamos a preparar e acompanhamos.");
    responses.add(
        "en",
        "Welcome",
        "Hello, thank you for contacting APAV. My name is … and I am here to listen. What"
            + " happened?");
    responses.add(
        "en",
        "Safety now",
        "Before we go on: are you somewhere safe right now? If you are in immediate danger,"
            + " call 112.");
    responses.add(
        "en",
        "Reporting fraud",
        "Contact your bank at once to block the card, keep the messages and receipts, and report"
            + " it to the police. We can help you with the report.");
    settings.save(
        new ConsoleSettings(
            30,
            true,
            24,
            "1. Ask whether the person is safe now and where they are.\n"
                + "2. In immediate danger, advise calling 112, or call with their consent.\n"
                + "3. Tell the duty supervisor (internal note) and stay in the conversation.\n"
                + "4. Agree a safety word and a safe time to talk again.",
            settings.current().version()));
    return null;
  }

  private StartedChat start(UUID organisation, String language, ChatTopic topic) {
    return visitors.start(
        new NewChat(organisation, language, topic, ChatKind.LIVE, true, "member-page"));
  }

  private <T> T as(String email, Supplier<T> work) {
    return actAs.user(email, work);
  }
}
