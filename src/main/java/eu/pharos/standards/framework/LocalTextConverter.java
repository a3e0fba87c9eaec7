package eu.pharos.standards.framework;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a {@link LocalText} as a JSON object of language to text, in order. */
@Converter(autoApply = true)
class LocalTextConverter implements AttributeConverter<LocalText, String> {

  private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(LocalText text) {
    return text == null ? null : JsonMapper.shared().writeValueAsString(text.texts());
  }

  @Override
  public LocalText convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return LocalText.EMPTY;
    }
    Map<String, String> texts = JsonMapper.shared().readValue(column, MAP);
    return LocalText.of(texts);
  }
}
