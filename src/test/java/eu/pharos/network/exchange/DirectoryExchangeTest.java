package eu.pharos.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PharosTest
class DirectoryExchangeTest {

  static final String SECRETARIAT = "secretariat@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ImportJobStore jobs;
  @Autowired Directory directory;
  @Autowired eu.pharos.network.MemberAdministration administration;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  private String export(String format) throws Exception {
    return mvc.perform(get("/app/network/exchange/export." + format).with(tenancy.as(SECRETARIAT)))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private MvcResult upload(String fileName, byte[] content) throws Exception {
    return mvc.perform(
            multipart("/app/network/exchange/imports")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(csrf())
                .with(tenancy.as(SECRETARIAT)))
        .andReturn();
  }

  /** Uploads a file and waits for its import to finish. */
  private ImportJob importFile(String fileName, String content) throws Exception {
    MvcResult result = upload(fileName, content.getBytes(StandardCharsets.UTF_8));
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    String location = result.getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    for (int i = 0; i < 200; i++) {
      Optional<ImportJob> job = jobs.find(id);
      if (job.isPresent() && job.get().status().finished()) {
        return job.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("import " + id + " did not finish in 10 s");
  }

  private MemberView member(String shortName) {
    return directory.members(MemberFilter.all()).stream()
        .filter(m -> m.shortName().equals(shortName))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anExportedCsvFileImportsBackWithoutChangingAnything() throws Exception {
    String csv = export("csv");
    assertThat(csv).startsWith(String.join(",", CsvColumns.ALL)).contains("APAV");
    long revision = directory.revision();
    MemberView before = member("APAV");

    ImportJob job = importFile("directory.csv", csv);

    assertThat(job.status()).isEqualTo(ImportStatus.DONE);
    assertThat(job.problems()).isEmpty();
    assertThat(job.created()).isZero();
    assertThat(job.updated()).isEqualTo(csv.lines().count() - 1);
    MemberView after = member("APAV");
    assertThat(after.hours()).isEqualTo(before.hours());
    assertThat(after.offices()).as("CSV leaves offices alone").hasSameSizeAs(before.offices());
    assertThat(after.helplines()).hasSameSizeAs(before.helplines());
    assertThat(after.languages()).isEqualTo(before.languages());
    assertThat(directory.revision()).isGreaterThanOrEqualTo(revision);
  }

  @Test
  void aCsvFileAddsNewMembersAndChangesExistingOnes() throws Exception {
    String csv =
        String.join(",", CsvColumns.ALL)
            + "\n"
            + "LT-NEW,Lithuanian Victim Support (test),LT,associate,approved,https://example.lt,"
            + "info@example.lt,,,Europe/Vilnius,lt; en,HELPLINE,ASSAULT,,\"MON 09:00-17:00\",,false,false\n";

    ImportJob job = importFile("new-member.csv", csv);

    assertThat(job.status()).isEqualTo(ImportStatus.DONE);
    assertThat(job.created()).isEqualTo(1);
    MemberView added = member("LT-NEW");
    assertThat(added.countryCode()).isEqualTo("LT");
    assertThat(added.hours().on(DayOfWeek.MONDAY)).hasSize(1);
    assertThat(directory.members(new MemberFilter("LT", "lt", null, null, null)))
        .extracting(MemberView::shortName)
        .contains("LT-NEW");
    // Other tests count the members of a country: the member leaves the public directory again.
    tenancy.asUser(
        SECRETARIAT,
        () -> {
          administration.end(added.organisationId());
          return null;
        });
    assertThat(directory.member(added.organisationId())).isEmpty();
  }

  @Test
  void oneBadRowRejectsTheWholeFileAndNothingChanges() throws Exception {
    long revision = directory.revision();
    MemberView apavBefore = member("APAV");
    String csv =
        export("csv").replaceFirst("(?m)^(APAV,[^\\n]*?),Europe/Lisbon,", "$1,Europe/Lisboa,")
            + "NEW-ONE,A new member,PT,full,approved,,,,,Europe/Lisbon,pt,,,,,,false,false\n"
            + "NEW-TWO,Another,ZZ,full,approved,,,,,Europe/Lisbon,pt,,,,\"TUE 18:00-08:00\",,false,false\n";

    ImportJob job = importFile("broken.csv", csv);

    assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(job.problems())
        .extracting(RowProblem::field, RowProblem::messageKey)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "time_zone", "network.exchange.problem.unknown-time-zone"),
            org.assertj.core.groups.Tuple.tuple(
                "country", "network.exchange.problem.unknown-country"),
            org.assertj.core.groups.Tuple.tuple(
                "opening_hours", "network.hours.invalid.END_BEFORE_START.row"));
    assertThat(directory.revision()).isEqualTo(revision);
    assertThat(directory.members(MemberFilter.all()))
        .extracting(MemberView::shortName)
        .doesNotContain("NEW-ONE", "NEW-TWO");
    assertThat(member("APAV").timeZone()).isEqualTo(apavBefore.timeZone());

    String page =
        mvc.perform(get("/app/network/exchange/imports/" + job.id()).with(tenancy.as(SECRETARIAT)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(org.jsoup.Jsoup.parse(page).select("#import-problems, .govuk-warning-text").text())
        .contains("Nothing was stored (3 problems)")
        .contains("Unknown time zone \"Europe/Lisboa\"")
        .contains("Unknown country code \"ZZ\"")
        .contains("The period TUE 18:00–08:00 ends before it starts.");
  }

  @Test
  void aFileNotInUtf8IsRejectedWithItsLine() throws Exception {
    String csv =
        export("csv") + "BKB2,Bílý kruh 2,CZ,full,approved,,,,,Europe/Prague,cs,,,,,,false,false\n";
    MvcResult result = upload("latin1.csv", csv.getBytes(StandardCharsets.ISO_8859_1));
    String location = result.getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    ImportJob job = null;
    for (int i = 0; i < 200 && (job == null || !job.status().finished()); i++) {
      Thread.sleep(50);
      job = jobs.find(id).orElseThrow();
    }

    assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(job.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.messageKey()).isEqualTo("network.exchange.problem.not-utf8");
              assertThat(p.line()).isEqualTo(firstLineBeyondAscii(csv));
            });
  }

  private static int firstLineBeyondAscii(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).chars().anyMatch(c -> c > 127)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line beyond ASCII");
  }

  @Test
  void anExportedJsonFileImportsBackWithOfficesAndHelplines() throws Exception {
    String json = export("json");
    assertThat(json).contains("\"format\" : \"pharos-directory/1\"").contains("\"helplines\"");
    MemberView before = member("APAV");

    ImportJob job = importFile("directory.json", json);

    assertThat(job.problems()).isEmpty();
    assertThat(job.status()).isEqualTo(ImportStatus.DONE);
    MemberView after = member("APAV");
    assertThat(after.offices())
        .extracting(o -> o.city())
        .containsExactlyInAnyOrderElementsOf(before.offices().stream().map(o -> o.city()).toList());
    assertThat(after.helplines())
        .extracting(h -> h.number())
        .containsExactlyInAnyOrderElementsOf(
            before.helplines().stream().map(h -> h.number()).toList());
    assertThat(after.holidays()).isEqualTo(before.holidays());
  }

  @Test
  void malformedJsonAndUnknownPropertiesAreReported() throws Exception {
    ImportJob broken =
        importFile("broken.json", "{\"format\": \"pharos-directory/1\", \"members\": [");
    assertThat(broken.problems())
        .extracting(RowProblem::messageKey)
        .containsExactly("network.exchange.problem.json-malformed");

    ImportJob typo =
        importFile(
            "typo.json",
            """
            {"format": "pharos-directory/1", "members": [
              {"shortName": "X", "name": "X", "country": "PT", "timeZone": "Europe/Lisbon",
               "websiet": "https://example.org"}
            ]}
            """);
    assertThat(typo.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(typo.problems())
        .extracting(RowProblem::line, RowProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "websiet"));
  }

  @Test
  void emptyOversizedAndUnrecognisableUploadsGetAMessageOnTheForm() throws Exception {
    MvcResult empty = upload("empty.csv", new byte[0]);
    assertThat(empty.getResponse().getStatus()).isEqualTo(400);
    assertThat(empty.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Choose a CSV or JSON file to import.");

    MvcResult large = upload("large.csv", new byte[5 * 1024 * 1024 + 1]);
    assertThat(large.getResponse().getStatus()).isEqualTo(413);
    assertThat(large.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("The file is larger than 5 MB.");

    MvcResult blank = upload("notes.txt", "   \n  ".getBytes(StandardCharsets.UTF_8));
    assertThat(blank.getResponse().getStatus()).isEqualTo(400);
    assertThat(blank.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Pharos cannot tell what kind of file this is.");
  }

  @Test
  void onlyTheSecretariatImportsAndExports() throws Exception {
    for (String path : List.of("/app/network/exchange", "/app/network/exchange/export.csv")) {
      mvc.perform(get(path).with(tenancy.as("orgadmin.apav@pharos.test")))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            multipart("/app/network/exchange/imports")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes()))
                .with(csrf())
                .with(tenancy.as("orgadmin.apav@pharos.test")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theProgressFragmentPollsUntilTheImportIsFinished() throws Exception {
    ImportJob job = importFile("directory.csv", export("csv"));

    mvc.perform(
            get("/app/network/exchange/imports/" + job.id())
                .header("HX-Request", "true")
                .with(tenancy.as(SECRETARIAT)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"import-progress\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hx-trigger"))))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
    mvc.perform(
            get("/app/network/exchange/imports/" + UUID.randomUUID()).with(tenancy.as(SECRETARIAT)))
        .andExpect(status().isNotFound());
  }
}
