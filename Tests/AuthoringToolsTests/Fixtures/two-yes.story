story "Two yes" id two-yes-fixture

scene hall "The Hall"
  A hall with a bell and a door.
  thing bell "bell"
    nouns bell
    fixed
    A brass bell.
  on ring {bell}
    A voice asks: Are you ready?
    set rang
  on wave
    A guard looks up.
    set waved
  on yes
    only if waved and not rang
    The guard shrugs.
    clear waved
  on yes
    only if rang
    The door opens.
    end out

ending out "Out" success
  You are out.
