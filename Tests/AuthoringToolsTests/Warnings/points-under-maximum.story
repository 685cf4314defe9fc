story "Fixture" id fixture
  maximum score 3

scene start "Start"
  A room.
  on clap
    You clap.
    if not clapped
      set clapped
      award 1 point
  on sing
    You sing.
    if not sung
      set sung
      award 1 point
  on leave
    end out

ending out "Out" success
  Bye.
