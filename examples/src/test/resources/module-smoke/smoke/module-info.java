module com.example.smoke {
  requires com.backofficecare.safeguard.policy;
}
