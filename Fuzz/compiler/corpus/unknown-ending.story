story "Fixture" id fixture

scene start "Start"
  A room.
  on sleep
    end slept-well

ending slept "Asleep" failure
  You sleep.
