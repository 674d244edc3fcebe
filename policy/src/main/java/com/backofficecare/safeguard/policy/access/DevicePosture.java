package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

/**
 * The state of the device a request comes from (policy 4.1): a dedicated business device with
 * full-disk encryption, current anti-virus, a firewall and a secure browser.
 *
 * @param deviceId the device's inventory id (used for device isolation)
 * @param managedBusinessDevice enrolled in the back office's device management
 * @param diskEncrypted full-disk encryption on
 * @param antivirusCurrent anti-virus signatures current
 * @param firewallOn host firewall on
 * @param secureBrowser a managed, up-to-date browser
 */
public record DevicePosture(
    String deviceId,
    boolean managedBusinessDevice,
    boolean diskEncrypted,
    boolean antivirusCurrent,
    boolean firewallOn,
    boolean secureBrowser) {

  /**
   * @throws IllegalArgumentException if {@code deviceId} is not an inventory id (ASCII letters,
   *     digits and {@code . _ : / -}): an id that could pass for another is refused
   */
  public DevicePosture {
    IsolationTarget.inventoryId(requireNonNull(deviceId, "deviceId"), "device");
  }

  /** A device that meets every requirement. */
  public static DevicePosture compliant(String deviceId) {
    return new DevicePosture(deviceId, true, true, true, true, true);
  }

  /** Whether every requirement of POL-4.1 holds. */
  public boolean meetsPolicy() {
    return managedBusinessDevice
        && diskEncrypted
        && antivirusCurrent
        && firewallOn
        && secureBrowser;
  }
}
