module com.example.intruder {
  requires com.backofficecare.safeguard.core;
}
