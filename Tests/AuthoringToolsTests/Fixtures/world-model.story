story "Locker and Cellar" id world-model-fixture

scene hall "The Hall"
  A bare hall. Stairs lead down to the cellar.
  exit down to cellar
  thing lamp "brass lamp"
    light
    A brass lamp, lit.

scene cellar "The Cellar"
  dark unless holding lamp
  A cold cellar with a steel locker against the wall.
  exit up to hall
  thing locker "steel locker"
    container
    locked with key
    fixed
    A steel locker.
  thing key "small key"
    A small key.
  thing medal "medal"
    starts in locker
    A bronze medal.
  on show {medal}, wave {medal}
    only if holding medal, else "You have nothing to show."
    You hold up the medal.
    end found

ending found "Found" success
  You found the medal.
