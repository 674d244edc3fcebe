module com.example.smoke {
  requires com.backofficecare.safeguard.policy;
  requires com.backofficecare.safeguard.policy.files;
}
