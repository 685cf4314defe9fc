story "Fixture" id fixture

scene start "Start"
  Kotzebue has gone ahead to the river.
  exit east to river

scene river "River"
  The river.
  person kotzebue "Lieutenant Kotzebue"
    A tired officer.
  on leave
    end out

ending out "Out" success
  Bye.
