package eu.pharos.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents of a centre: who reads what through the pages, the API and the downloads; versions
 * and language versions; the text taken out for search; previews; and every refused upload with the
 * message its uploader reads.
 */
@PharosTest
class DocumentsTest {

  static final String CENTRE = "european-helplines";
  static final String BASE = "/app/centres/" + CENTRE + "/documents";
  static final String MODERATOR = "orgadmin.apav@pharos.test";
  static final String MEMBER = "advisor.wr-de@pharos.test";
  static final String OUTSIDER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Documents documents;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aCentreDocumentIsNotFoundForNonMembersByPageApiAndDownloadAndOnlyPublicOnesForVisitors()
      throws Exception {
    DocumentView centreOnly = create(MEMBER, "Members only " + suffix(), Visibility.CENTRE);
    DocumentView networkWide = create(MEMBER, "For the network " + suffix(), Visibility.NETWORK);
    DocumentView open = create(MEMBER, "For everyone " + suffix(), Visibility.PUBLIC);
    UUID centreVersion = centreOnly.languages().get(0).current().id();

    assertThat(status(get(BASE + "/" + centreOnly.id()), MEMBER)).isEqualTo(200);
    assertThat(status(get(BASE + "/" + centreOnly.id()), OUTSIDER)).isEqualTo(404);
    assertThat(status(get(api(centreOnly.id())), OUTSIDER)).isEqualTo(404);
    assertThat(
            status(
                get(BASE + "/" + centreOnly.id() + "/versions/" + centreVersion + "/file"),
                OUTSIDER))
        .isEqualTo(404);
    assertThat(status(get(api(centreOnly.id()) + "/versions/" + centreVersion + "/file"), OUTSIDER))
        .isEqualTo(404);
    assertThat(
            status(
                get(BASE + "/" + centreOnly.id() + "/versions/" + centreVersion + "/preview"),
                OUTSIDER))
        .isEqualTo(404);
    assertThat(status(get(BASE + "/" + networkWide.id()), OUTSIDER)).isEqualTo(200);
    String outsiderList =
        mvc.perform(get(BASE).with(tenancy.as(OUTSIDER)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(outsiderList).contains(networkWide.title()).doesNotContain(centreOnly.title());
    JsonNode apiList =
        json.readTree(
            mvc.perform(get("/api/v1/centres/" + CENTRE + "/documents").with(tenancy.as(OUTSIDER)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(apiList.valueStream().map(d -> d.get("title").asString()).toList())
        .contains(networkWide.title())
        .doesNotContain(centreOnly.title());

    // A visitor: the public page and download of a public document only.
    String publicBase = "/centres/" + CENTRE + "/documents/";
    assertThat(mvc.perform(get(publicBase + centreOnly.id())).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get(publicBase + networkWide.id())).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    MvcResult page = mvc.perform(get(publicBase + open.id())).andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    Document publicPage = Jsoup.parse(page.getResponse().getContentAsString());
    assertThat(publicPage.selectFirst("h1").text()).isEqualTo(open.title());
    assertThat(publicPage.select("form[action*=/versions]")).as("no upload form").isEmpty();
    UUID openVersion = open.languages().get(0).current().id();
    MvcResult download =
        mvc.perform(get(publicBase + open.id() + "/versions/" + openVersion + "/file")).andReturn();
    assertThat(download.getResponse().getStatus()).isEqualTo(200);
    assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
    assertThat(download.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("notes.pdf");
    assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
    assertThat(
            mvc.perform(get(publicBase + centreOnly.id() + "/versions/" + centreVersion + "/file"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(mvc.perform(get(BASE + "/" + open.id())).andReturn().getResponse().getStatus())
        .as("staff pages need a sign-in")
        .isEqualTo(302);
  }

  @Test
  void eachLanguageKeepsItsVersionsTheNewestBeingCurrentAndOlderOnesDownloadable()
      throws Exception {
    DocumentView created =
        tenancy.asUser(
            MEMBER,
            () ->
                documents.create(
                    CENTRE,
                    new NewDocument(
                        "Guidance " + suffix(), null, null, Visibility.CENTRE, "en", "First draft"),
                    new Upload("guidance.txt", stream("First draft of the guidance"))));
    UUID id = created.id();
    MvcResult second =
        mvc.perform(
                multipart(BASE + "/" + id + "/versions")
                    .file(file("guidance-v2.txt", "Second draft of the guidance".getBytes()))
                    .param("language", "en")
                    .param("changeNote", "Comments of the members")
                    .with(csrf())
                    .with(tenancy.as(MODERATOR)))
            .andReturn();
    assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(BASE + "/" + id + "#language-en");
    MvcResult portuguese =
        mvc.perform(
                multipart(BASE + "/" + id + "/languages")
                    .file(file("orientacoes.txt", "Orientações em português".getBytes()))
                    .param("language", "pt")
                    .with(csrf())
                    .with(tenancy.as(MEMBER)))
            .andReturn();
    assertThat(portuguese.getResponse().getRedirectedUrl())
        .isEqualTo(BASE + "/" + id + "#language-pt");

    DocumentView view = tenancy.asUser(MEMBER, () -> documents.get(CENTRE, id));
    assertThat(view.languages()).extracting(LanguageView::language).containsExactly("en", "pt");
    LanguageView english = view.language("en").orElseThrow();
    assertThat(english.versions()).extracting(VersionView::number).containsExactly(2, 1);
    assertThat(english.current().changeNote()).isEqualTo("Comments of the members");
    assertThat(english.current().uploaderName()).isNotBlank();
    assertThat(english.previewText()).isEqualTo("Second draft of the guidance");
    assertThat(view.language("pt").orElseThrow().previewText())
        .isEqualTo("Orientações em português");

    UUID first = english.older().get(0).id();
    MvcResult older =
        mvc.perform(
                get(BASE + "/" + id + "/versions/" + first + "/file").with(tenancy.as(OUTSIDER)))
            .andReturn();
    assertThat(older.getResponse().getStatus()).isEqualTo(404);
    older =
        mvc.perform(
                get(BASE + "/" + id + "/versions/" + first + "/file").with(tenancy.as(MODERATOR)))
            .andReturn();
    assertThat(older.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .as("a member of another organisation reads the uploader's file")
        .isEqualTo("First draft of the guidance");

    Document page = page(get(BASE + "/" + id), MEMBER, 200);
    assertThat(page.select("#versions-en tbody tr")).hasSize(2);
    assertThat(page.selectFirst("#preview-text-pt").text()).isEqualTo("Orientações em português");
    assertThat(page.select("#language-links li")).hasSize(2);

    // Each search entry is a language version with its current text.
    assertThat(
            jdbc.queryForObject(
                "select body from knowledge_search_entry where kind = 'document' and ref_id = ?",
                String.class,
                english.id()))
        .isEqualTo("Second draft of the guidance");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_activity where kind = 'document' and title like ?",
                Integer.class,
                created.title() + "%"))
        .as("created, a version, a language")
        .isEqualTo(3);

    // A new version needs the language to exist; a new language must not.
    Document noLanguage =
        page(
            multipart(BASE + "/" + id + "/languages")
                .file(file("again.txt", "again".getBytes()))
                .param("language", "en"),
            MEMBER,
            400);
    assertThat(noLanguage.selectFirst("#new-language-error").text())
        .contains("The document is in this language already");
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    MEMBER,
                    () ->
                        documents.uploadVersion(
                            CENTRE, id, "de", null, new Upload("x.txt", stream("x")))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("knowledge.documents.error.no-language"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    OUTSIDER,
                    () ->
                        documents.uploadVersion(
                            CENTRE, id, "en", null, new Upload("x.txt", stream("x")))))
        .as("a document an outsider may not see is not found")
        .isInstanceOf(DocumentNotFound.class);
  }

  @Test
  void theTextOfAPdfAndOfAWordDocumentIsKeptForSearchAndAPdfHasAFirstPagePreview()
      throws Exception {
    byte[] pdf =
        DemoDocuments.pdf(
            "Referral pathways",
            List.of("Cross-border referral pathways between helplines need a common form."));
    DocumentView withPdf =
        tenancy.asUser(
            MEMBER,
            () ->
                documents.create(
                    CENTRE,
                    new NewDocument(
                        "Pathways " + suffix(), null, null, Visibility.NETWORK, "en", null),
                    new Upload("pathways.pdf", new ByteArrayInputStream(pdf))));
    VersionView version = withPdf.languages().get(0).current();
    assertThat(version.preview()).isEqualTo(PreviewKind.FIRST_PAGE);
    assertThat(storedText(version.id()))
        .contains("Cross-border referral pathways between helplines");

    MvcResult preview =
        mvc.perform(
                get(BASE + "/" + withPdf.id() + "/versions/" + version.id() + "/preview")
                    .with(tenancy.as(OUTSIDER)))
            .andReturn();
    assertThat(preview.getResponse().getStatus()).isEqualTo(200);
    assertThat(preview.getResponse().getContentType()).isEqualTo("image/png");
    assertThat(Arrays.copyOf(preview.getResponse().getContentAsByteArray(), 4))
        .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Document page = page(get(BASE + "/" + withPdf.id()), OUTSIDER, 200);
    assertThat(page.selectFirst("#preview-en img").attr("alt"))
        .isEqualTo("First page of “" + withPdf.title() + "” in English");

    byte[] docx =
        zip(
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"/>",
            "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Minimum standards for helplines</w:t></w:r></w:p>"
                + "</w:body></w:document>");
    DocumentView withDocx =
        tenancy.asUser(
            MEMBER,
            () ->
                documents.create(
                    CENTRE,
                    new NewDocument(
                        "Standards " + suffix(), null, null, Visibility.CENTRE, "en", null),
                    new Upload("standards.docx", new ByteArrayInputStream(docx))));
    VersionView word = withDocx.languages().get(0).current();
    assertThat(word.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(storedText(word.id())).isEqualTo("Minimum standards for helplines");
    assertThat(word.preview()).isEqualTo(PreviewKind.TEXT);
  }

  @Test
  void refusedUploadsSayWhyAndKeepWhatTheUserTyped() throws Exception {
    Integer before = jdbc.queryForObject("select count(*) from knowledge_document", Integer.class);

    Document html = newDocument("notes.html", TestFiles.html(), "HTML notes", 415);
    assertThat(html.selectFirst("#file-error").text())
        .contains("The selected file must be a PDF, a PNG or JPEG image");
    assertThat(html.selectFirst("#title").attr("value")).isEqualTo("HTML notes");
    assertThat(html.selectFirst("#description").text()).isEqualTo("Kept on a refused form");
    assertThat(html.selectFirst("#changeNote").attr("value")).isEqualTo("A note");

    Document script = newDocument("script.pdf", pdfWithJavaScript(), "Scripted", 400);
    assertThat(script.selectFirst("#file-error").text()).contains("This PDF contains scripts");
    assertThat(script.selectFirst(".govuk-error-summary a[href=#file]").text())
        .contains("This PDF contains scripts");

    byte[] macros =
        zip(
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"/>",
            "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
            "word/vbaProject.bin",
            "Attribute VB_Name = \"AutoOpen\"");
    Document macro = newDocument("guidance.docx", macros, "With macros", 400);
    assertThat(macro.selectFirst("#file-error").text()).contains("This document contains macros");

    byte[] oversized = new byte[20 * 1024 * 1024 + 1];
    Arrays.fill(oversized, (byte) 'a');
    Document tooLarge = newDocument("big.txt", oversized, "Too large", 413);
    assertThat(tooLarge.selectFirst("#file-error").text())
        .contains("The selected file must be smaller than 20 MB");

    Document empty = newDocument("empty.txt", new byte[0], "Empty", 400);
    assertThat(empty.selectFirst("#file-error").text()).contains("The selected file is empty");

    Document noTitle = newDocument("notes.txt", TestFiles.text(), " ", 400);
    assertThat(noTitle.selectFirst("#title-error").text())
        .contains("Enter the title of the document.");
    assertThat(noTitle.selectFirst("#description").text()).isEqualTo("Kept on a refused form");

    // The API answers with problems that say the same.
    JsonNode scriptProblem =
        json.readTree(
            apiUpload("script.pdf", pdfWithJavaScript(), "Scripted", 400)
                .getResponse()
                .getContentAsString());
    assertThat(scriptProblem.get("type").asString())
        .isEqualTo("urn:pharos:problem:validation-failed");
    assertThat(scriptProblem.get("errors").get(0).get("field").asString()).isEqualTo("file");
    assertThat(scriptProblem.get("errors").get(0).get("message").asString())
        .startsWith("This PDF contains scripts");
    JsonNode htmlProblem =
        json.readTree(
            apiUpload("notes.html", TestFiles.html(), "HTML", 415)
                .getResponse()
                .getContentAsString());
    assertThat(htmlProblem.get("type").asString())
        .isEqualTo("urn:pharos:problem:file-type-not-allowed");
    JsonNode titleProblem =
        json.readTree(
            apiUpload("notes.txt", TestFiles.text(), "", 400).getResponse().getContentAsString());
    assertThat(titleProblem.get("errors").get(0).get("message").asString())
        .isEqualTo("Enter the title of the document.");

    assertThat(jdbc.queryForObject("select count(*) from knowledge_document", Integer.class))
        .as("nothing refused was stored")
        .isEqualTo(before);
  }

  @Test
  void theApiListsReadsAndTakesUploads() throws Exception {
    MvcResult created = apiUpload("minutes.txt", TestFiles.text(), "Minutes " + suffix(), 201);
    JsonNode body = json.readTree(created.getResponse().getContentAsString());
    UUID id = UUID.fromString(body.get("id").asString());
    assertThat(created.getResponse().getHeader("Location"))
        .isEqualTo("/api/v1/centres/" + CENTRE + "/documents/" + id);
    MvcResult french =
        mvc.perform(
                multipart(api(id) + "/versions")
                    .file(
                        file("proces-verbal.txt", "Procès-verbal".getBytes(StandardCharsets.UTF_8)))
                    .param("language", "fr")
                    .with(csrf())
                    .with(tenancy.as(MEMBER)))
            .andReturn();
    assertThat(french.getResponse().getStatus()).isEqualTo(201);
    JsonNode detail =
        json.readTree(
            mvc.perform(get(api(id)).with(tenancy.as(MODERATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(
            detail.get("languages").valueStream().map(l -> l.get("language").asString()).toList())
        .containsExactly("en", "fr");
    String versionId = detail.get("languages").get(1).get("versions").get(0).get("id").asString();
    MvcResult download =
        mvc.perform(get(api(id) + "/versions/" + versionId + "/file").with(tenancy.as(MODERATOR)))
            .andReturn();
    assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("Procès-verbal");
  }

  @Test
  void moderatorsHideDocumentsWithAReasonAndRunTheFolders() throws Exception {
    DocumentView document = create(MEMBER, "To hide " + suffix(), Visibility.NETWORK);
    Document noReason =
        page(post(BASE + "/" + document.id() + "/hide").param("reason", ""), MODERATOR, 400);
    assertThat(noReason.selectFirst("#reason-error").text())
        .contains("Say why you hide the document.");
    assertThat(
            status(
                post(BASE + "/" + document.id() + "/hide").param("reason", "Wrong").with(csrf()),
                MEMBER))
        .as("only moderators hide")
        .isEqualTo(403);
    assertThat(
            status(
                post(BASE + "/" + document.id() + "/hide")
                    .param("reason", "Personal data in it")
                    .with(csrf()),
                MODERATOR))
        .isEqualTo(302);
    assertThat(status(get(BASE + "/" + document.id()), MEMBER)).isEqualTo(404);
    assertThat(
            page(get(BASE + "/" + document.id()), MODERATOR, 200)
                .selectFirst("#hidden-notice")
                .text())
        .contains("Personal data in it");
    assertThat(
            jdbc.queryForObject(
                "select hidden from knowledge_search_entry where kind = 'document' and ref_id = ?",
                Boolean.class,
                document.languages().get(0).id()))
        .isTrue();

    // Folders: two levels, the empty one deleted by a moderator, a full one kept.
    FolderView top =
        tenancy.asUser(
            MEMBER,
            () ->
                documents.createFolder(CENTRE, "Workshops " + suffix(), null, Visibility.NETWORK));
    FolderView inner =
        tenancy.asUser(
            MEMBER, () -> documents.createFolder(CENTRE, "Vienna", top.id(), Visibility.CENTRE));
    Document third =
        page(
            post(BASE + "/folders")
                .param("name", "Too deep")
                .param("parentId", inner.id().toString())
                .param("visibility", "CENTRE"),
            MEMBER,
            400);
    assertThat(third.selectFirst("#folder-parent-error").text())
        .contains("Choose one of the top folders of this centre");
    assertThat(third.selectFirst("#folder-name").attr("value")).isEqualTo("Too deep");
    DocumentView inFolder =
        tenancy.asUser(
            MEMBER,
            () ->
                documents.create(
                    CENTRE,
                    new NewDocument("Filed " + suffix(), null, inner.id(), null, "en", null),
                    new Upload("filed.txt", stream("filed"))));
    assertThat(inFolder.visibility()).as("the folder's, by default").isEqualTo(Visibility.CENTRE);
    Document notEmpty = page(post(BASE + "/folders/" + inner.id() + "/delete"), MODERATOR, 400);
    assertThat(notEmpty.selectFirst("#delete-" + inner.id() + "-error").text())
        .contains("This folder still holds documents or folders");
    assertThatThrownBy(
            () -> tenancy.asUser(MEMBER, () -> documents.renameFolder(CENTRE, top.id(), "Mine")))
        .isInstanceOf(AccessDeniedException.class);
    tenancy.asUser(MODERATOR, () -> documents.renameFolder(CENTRE, top.id(), "Workshops 2017"));
    FolderView empty =
        tenancy.asUser(
            MEMBER,
            () -> documents.createFolder(CENTRE, "Empty " + suffix(), null, Visibility.CENTRE));
    assertThat(status(post(BASE + "/folders/" + empty.id() + "/delete").with(csrf()), MODERATOR))
        .isEqualTo(302);
    assertThat(tenancy.asUser(MEMBER, () -> documents.folders(CENTRE)))
        .extracting(FolderView::name)
        .contains("Workshops 2017", "Vienna")
        .doesNotContain(empty.name());
    assertThat(tenancy.asUser(OUTSIDER, () -> documents.folders(CENTRE)))
        .extracting(FolderView::name)
        .as("a centre folder is for members")
        .doesNotContain("Vienna");
  }

  @Test
  void theDemoHasTheLisbonNotesInTwoLanguagesAndTheMainzWorkgroups() throws Exception {
    List<DocumentSummary> helplines = tenancy.asUser(MEMBER, () -> documents.list(CENTRE, null));
    DocumentSummary notes =
        helplines.stream()
            .filter(d -> d.title().startsWith("116 006 helplines"))
            .findFirst()
            .orElseThrow();
    assertThat(notes.folderName()).isEqualTo("Lisbon meeting 2017");
    assertThat(notes.languages()).containsExactly("en", "pt");
    DocumentView view = tenancy.asUser(MEMBER, () -> documents.get(CENTRE, notes.id()));
    assertThat(view.language("en").orElseThrow().versions()).hasSize(2);
    assertThat(storedText(view.language("pt").orElseThrow().current().id()))
        .contains("Recomendações");
    assertThat(tenancy.asUser(OUTSIDER, () -> documents.list("distant-support", null)))
        .extracting(DocumentSummary::title)
        .contains("Mainz workshop: six workgroups");
    assertThat(
            page(get("/app/centres/" + CENTRE), MEMBER, 200)
                .selectFirst("#recent-documents")
                .text())
        .as("the centre's home lists recently updated documents")
        .contains("Recently updated documents")
        .contains("116 006 helplines");
  }

  // --- Helpers -----------------------------------------------------------------------------------

  private DocumentView create(String email, String title, Visibility visibility) {
    return tenancy.asUser(
        email,
        () ->
            documents.create(
                CENTRE,
                new NewDocument(title, "About " + title, null, visibility, "en", null),
                new Upload("notes.pdf", new ByteArrayInputStream(TestFiles.pdf()))));
  }

  private Document newDocument(String name, byte[] content, String title, int expected)
      throws Exception {
    return page(
        multipart(BASE + "/new")
            .file(file(name, content))
            .param("title", title)
            .param("description", "Kept on a refused form")
            .param("visibility", "CENTRE")
            .param("language", "en")
            .param("changeNote", "A note"),
        MEMBER,
        expected);
  }

  private MvcResult apiUpload(String name, byte[] content, String title, int expected)
      throws Exception {
    MvcResult result =
        mvc.perform(
                multipart("/api/v1/centres/" + CENTRE + "/documents")
                    .file(file(name, content))
                    .param("title", title)
                    .param("visibility", "NETWORK")
                    .param("language", "en")
                    .with(csrf())
                    .with(tenancy.as(MEMBER)))
            .andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(expected);
    return result;
  }

  private Document page(
      AbstractMockHttpServletRequestBuilder<?> request, String email, int expected)
      throws Exception {
    MvcResult result = mvc.perform(request.with(csrf()).with(tenancy.as(email))).andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(expected);
    return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private int status(AbstractMockHttpServletRequestBuilder<?> request, String email)
      throws Exception {
    return mvc.perform(request.with(tenancy.as(email))).andReturn().getResponse().getStatus();
  }

  private String storedText(UUID versionId) {
    return jdbc.queryForObject(
        "select extracted_text from knowledge_document_version where id = ?",
        String.class,
        versionId);
  }

  private static String api(UUID id) {
    return "/api/v1/centres/" + CENTRE + "/documents/" + id;
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/octet-stream", content);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A PDF that runs JavaScript when it is opened. */
  private static byte[] pdfWithJavaScript() throws IOException {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pdf.addPage(new PDPage());
      pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Hello');"));
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    }
  }
}
