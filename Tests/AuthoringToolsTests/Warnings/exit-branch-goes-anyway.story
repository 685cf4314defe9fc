story "Fixture" id fixture

scene crowd "The Crowd"
  Thousands of people.
  exit "push to the front" to barrier
    if not helped
      On your own you cannot get through the crowd.
    else
      Jens takes your hand and you push.
      set pushed
  exit north to barrier
    if helped
      You walk up to the gate.
  exit south to barrier
    if not helped
      It is cold out there. Are you sure?
    else
      You go.
      set pushed
  on ask for help
    set helped
    say Jens nods.

scene barrier "The Barrier"
  A barrier.{if pushed} You made it.{end}
  on leave
    end out

ending out "Out" success
  Bye.
