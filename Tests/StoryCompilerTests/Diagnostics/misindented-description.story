story "Lamps" id lamps

scene hall "A Bare Room"
  A bare room.
  thing lamp "lamp"
    here A lamp is here.
  A heavy brass lamp with a cracked chimney.

scene cellar "The Cellar"
  thing barrel "barrel"
    fixed
    A damp cellar under the house. A barrel stands against the wall.
