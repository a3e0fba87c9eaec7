package eu.pharos.network.country.web;

import eu.pharos.network.Countries;
import eu.pharos.network.CountryNotFound;
import eu.pharos.network.CountryView;
import eu.pharos.network.HarmonisedLineStatus;
import eu.pharos.network.InstrumentView;
import eu.pharos.network.country.CountryOverview;
import eu.pharos.network.country.Coverage;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Countries with their reference facts, the EU instruments that bind them and member counts. */
@Tag(name = "Countries", description = "Victim support, 116 006 and EU instruments per country")
@ApiController
class CountriesApiController {

  private final Countries countries;
  private final CountryOverview overview;

  CountriesApiController(Countries countries, CountryOverview overview) {
    this.countries = countries;
    this.overview = overview;
  }

  @Operation(summary = "Every country Pharos knows, by ISO code; public, no token needed")
  @GetMapping("/api/v1/countries")
  List<CountryResource> list(Locale locale) {
    Map<String, Long> members = overview.memberCounts();
    return countries.all().stream()
        .map(
            country ->
                CountryResource.of(country, members.getOrDefault(country.code(), 0L), locale))
        .toList();
  }

  @Operation(summary = "One country; public, no token needed")
  @ApiResponse(responseCode = "200", description = "The country")
  @ApiResponse(responseCode = "400", description = "The code is not two letters")
  @ApiResponse(responseCode = "404", description = "No such country in Pharos's reference data")
  @GetMapping("/api/v1/countries/{code}")
  CountryResource country(
      @Parameter(description = "ISO 3166-1 alpha-2 code, in any case", example = "PT")
          @PathVariable
          @Pattern(regexp = "[A-Za-z]{2}", message = "{countries.api.code}")
          String code,
      Locale locale) {
    CountryView country = countries.find(code).orElseThrow(() -> CountryNotFound.forCode(code));
    return CountryResource.of(country, overview.memberCount(country.code()), locale);
  }

  @Schema(name = "Country")
  record CountryResource(
      @Schema(example = "PT") String code,
      @Schema(description = "In the language of the request") String name,
      boolean euMember,
      @Schema(example = "112") String emergencyNumber,
      @Schema(
              description = "Whether a generic national victim support service exists",
              allowableValues = {"yes", "no", "unknown"})
          String genericVictimSupport,
      HarmonisedLineStatus harmonisedLine,
      String harmonisedLineOperator,
      @Schema(example = "Europe/Lisbon") String timeZone,
      List<String> languages,
      @Schema(description = "Approved members and partners in the directory") long members,
      Coverage coverage,
      List<InstrumentResource> boundBy,
      String source,
      LocalDate checked) {

    static CountryResource of(CountryView country, long members, Locale locale) {
      return new CountryResource(
          country.code(),
          country.name(locale),
          country.euMember(),
          country.emergencyNumber(),
          country.genericVictimSupport() == null
              ? "unknown"
              : country.genericVictimSupport() ? "yes" : "no",
          country.harmonisedLine(),
          country.harmonisedLineOperator(),
          country.timeZone().getId(),
          country.languages(),
          members,
          Coverage.of(country, members),
          country.boundBy().stream().map(InstrumentResource::of).toList(),
          country.source(),
          country.checked());
    }
  }

  @Schema(name = "Instrument")
  record InstrumentResource(
      @Schema(example = "2012/29/EU") String code,
      String title,
      @Schema(allowableValues = {"DIRECTIVE", "DECISION"}) String kind,
      LocalDate transpositionDeadline) {

    static InstrumentResource of(InstrumentView instrument) {
      return new InstrumentResource(
          instrument.code(),
          instrument.title(),
          instrument.kind(),
          instrument.transpositionDeadline());
    }
  }
}
