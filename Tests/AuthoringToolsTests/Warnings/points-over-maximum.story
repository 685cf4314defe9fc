story "Fixture" id fixture
  maximum score 3

scene start "Start"
  A room.
  on clap
    You clap.
    award 2 points
  on sing
    You sing.
    award 2 points
  on leave
    end out

ending out "Out" success
  Bye.
