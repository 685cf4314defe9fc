story "Fixture" id fixture

thing lamp "lamp"
  A lamp.
