package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One request to touch client data: who, for which agency, which category, records and fields, what
 * action, for what purpose, to whom, from which device, over which network and channel, with which
 * authentication, and when; and the agency's client system it touches, if any. Holds record ids and
 * field names, never values.
 */
public record AccessRequest(
    String person,
    AgencyId agency,
    DataCategory category,
    List<String> records,
    Set<String> fields,
    Action action,
    Purpose purpose,
    Recipient recipient,
    DevicePosture device,
    Network network,
    boolean encryptedChannel,
    Authentication authentication,
    Instant at,
    @Nullable String clientSystem) {

  public AccessRequest {
    requireNonNull(person, "person");
    requireNonNull(agency, "agency");
    requireNonNull(category, "category");
    records = List.copyOf(records);
    fields = Set.copyOf(fields);
    requireNonNull(action, "action");
    requireNonNull(purpose, "purpose");
    requireNonNull(recipient, "recipient");
    requireNonNull(device, "device");
    requireNonNull(network, "network");
    requireNonNull(authentication, "authentication");
    requireNonNull(at, "at");
  }

  /** Starts a request with safe defaults: read, within services, office network, encrypted. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccessRequest}; person, agency, category, purpose and device are required. */
  public static final class Builder {
    private @Nullable String person;
    private @Nullable AgencyId agency;
    private @Nullable DataCategory category;
    private List<String> records = List.of();
    private Set<String> fields = Set.of();
    private Action action = Action.READ;
    private @Nullable Purpose purpose;
    private Recipient recipient = Recipient.WITHIN_SERVICES;
    private @Nullable DevicePosture device;
    private Network network = Network.OFFICE;
    private boolean encryptedChannel = true;
    private @Nullable Authentication authentication;
    private @Nullable Instant at;
    private @Nullable String clientSystem;

    private Builder() {}

    /** The agency's client system the data comes from or goes to (an EHR, a payroll platform). */
    public Builder clientSystem(@Nullable String system) {
      this.clientSystem = system;
      return this;
    }

    public Builder person(String person) {
      this.person = person;
      return this;
    }

    public Builder agency(AgencyId agency) {
      this.agency = agency;
      return this;
    }

    public Builder category(DataCategory category) {
      this.category = category;
      return this;
    }

    public Builder records(List<String> records) {
      this.records = records;
      return this;
    }

    public Builder fields(Set<String> fields) {
      this.fields = fields;
      return this;
    }

    public Builder fields(String... fields) {
      this.fields = Set.of(fields);
      return this;
    }

    public Builder action(Action action) {
      this.action = action;
      return this;
    }

    public Builder purpose(Purpose purpose) {
      this.purpose = purpose;
      return this;
    }

    public Builder recipient(Recipient recipient) {
      this.recipient = recipient;
      return this;
    }

    public Builder device(DevicePosture device) {
      this.device = device;
      return this;
    }

    public Builder network(Network network) {
      this.network = network;
      return this;
    }

    public Builder encryptedChannel(boolean encrypted) {
      this.encryptedChannel = encrypted;
      return this;
    }

    public Builder authentication(Authentication authentication) {
      this.authentication = authentication;
      return this;
    }

    /** When the request is made; also the default authentication time. */
    public Builder at(Instant at) {
      this.at = at;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException if the client system's id is not an inventory id (ASCII
     *     letters, digits and {@code . _ : / -})
     */
    public AccessRequest build() {
      if (clientSystem != null) {
        IsolationTarget.inventoryId(clientSystem, "client system");
      }
      Instant when = at == null ? Instant.now() : at;
      return new AccessRequest(
          requireNonNull(person, "person"),
          requireNonNull(agency, "agency"),
          requireNonNull(category, "category"),
          records,
          fields,
          action,
          requireNonNull(purpose, "purpose"),
          recipient,
          requireNonNull(device, "device"),
          network,
          encryptedChannel,
          authentication == null ? new Authentication(false, when) : authentication,
          when,
          clientSystem);
    }
  }

  @Override
  public String toString() {
    return "AccessRequest[person="
        + person
        + ", agency="
        + agency
        + ", category="
        + category
        + ", action="
        + action
        + ", purpose="
        + purpose
        + ", records="
        + records.size()
        + ", fields="
        + fields
        + "]";
  }
}
