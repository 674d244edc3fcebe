package com.backofficecare.safeguard.policy.incident;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Incident events as JSON, with their type names; the API types carry no Jackson annotations. */
final class EventCodec {

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = IncidentEvent.Reported.class, name = "reported"),
    @JsonSubTypes.Type(value = IncidentEvent.Triaged.class, name = "triaged"),
    @JsonSubTypes.Type(value = IncidentEvent.Declared.class, name = "declared"),
    @JsonSubTypes.Type(value = IncidentEvent.DiscoveryAmended.class, name = "discovery-amended"),
    @JsonSubTypes.Type(value = IncidentEvent.Contained.class, name = "contained"),
    @JsonSubTypes.Type(value = IncidentEvent.Assessed.class, name = "assessed"),
    @JsonSubTypes.Type(value = IncidentEvent.Notified.class, name = "notified"),
    @JsonSubTypes.Type(
        value = IncidentEvent.LawEnforcementHold.class,
        name = "law-enforcement-hold"),
    @JsonSubTypes.Type(value = IncidentEvent.CorrectiveAction.class, name = "corrective-action"),
    @JsonSubTypes.Type(value = IncidentEvent.IsolationReleased.class, name = "isolation-released"),
    @JsonSubTypes.Type(value = IncidentEvent.Recovered.class, name = "recovered"),
    @JsonSubTypes.Type(value = IncidentEvent.Reviewed.class, name = "reviewed"),
    @JsonSubTypes.Type(value = IncidentEvent.Closed.class, name = "closed")
  })
  private interface Mixin {}

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .addMixIn(IncidentEvent.class, Mixin.class)
          .build();

  private EventCodec() {}

  static String write(IncidentEvent e) {
    try {
      return MAPPER.writerFor(IncidentEvent.class).writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialize " + e.getClass().getSimpleName(), ex);
    }
  }

  static IncidentEvent read(String json) {
    try {
      return MAPPER.readValue(json, IncidentEvent.class);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("not an incident event", ex);
    }
  }
}
