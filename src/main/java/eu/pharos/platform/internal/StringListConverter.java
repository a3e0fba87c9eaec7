package eu.pharos.platform.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a short list of strings in one column as a JSON array. */
@Converter
class StringListConverter implements AttributeConverter<List<String>, String> {

  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return JsonMapper.shared().writeValueAsString(values == null ? List.of() : values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return List.copyOf(JsonMapper.shared().readValue(column, LIST));
  }
}
