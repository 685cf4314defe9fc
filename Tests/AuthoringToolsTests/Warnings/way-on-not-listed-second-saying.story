story "Fixture" id fixture

scene wedding "Wedding"
  A street in West Berlin. People hug strangers.
  on look around, walk on, celebrate
    end across

ending across "Across" success
  You are across.
