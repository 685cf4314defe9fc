story "Fixture" id fixture

scene start "Start"
  hint Talk to Jack. Then put on the
  headset and sit down at the console.
  A back room.
  fact landing
  on sit down
    end done

fact landing "The Landing"
  source NASA, Apollo 11 Mission Report, November 1969; Eric M.
  Jones (ed.), Apollo 11 Lunar Surface Journal, "One Small Step"
  summary During the descent, alarms sounded.
  The landing was close.

ending done "Done" success
  You landed.
