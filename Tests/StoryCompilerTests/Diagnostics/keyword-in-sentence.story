story "Fixture" id fixture

scene start "Start"
  The guards lean out and shout down at the men standing
  on the railing. The guards wave.
