package eu.pharos.standards.framework;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a framework's rating scales as one JSON array. */
@Converter
class ScalesConverter implements AttributeConverter<List<Scale>, String> {

  private record StoredLevel(int value, LinkedHashMap<String, String> label) {}

  private record StoredScale(String code, List<StoredLevel> levels) {}

  private static final TypeReference<List<StoredScale>> LIST = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(List<Scale> scales) {
    List<StoredScale> stored = new ArrayList<>();
    for (Scale scale : scales == null ? List.<Scale>of() : scales) {
      List<StoredLevel> levels = new ArrayList<>();
      for (ScaleLevel level : scale.levels()) {
        levels.add(new StoredLevel(level.value(), new LinkedHashMap<>(level.label().texts())));
      }
      stored.add(new StoredScale(scale.code(), levels));
    }
    return JsonMapper.shared().writeValueAsString(stored);
  }

  @Override
  public List<Scale> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    List<Scale> scales = new ArrayList<>();
    for (StoredScale scale : JsonMapper.shared().readValue(column, LIST)) {
      List<ScaleLevel> levels = new ArrayList<>();
      for (StoredLevel level : scale.levels()) {
        levels.add(
            new ScaleLevel(level.value(), LocalText.of((Map<String, String>) level.label())));
      }
      scales.add(new Scale(scale.code(), levels));
    }
    return List.copyOf(scales);
  }
}
