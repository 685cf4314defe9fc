story "Fixture" id fixture

scene street "Street"
  A busy street.
  person jens "Jens"
    nouns friend
    here Jens waves to you from the lamp post.
    Your friend Jens.
  person anna "Anna"
    here {if in street}Anna leans on the wall.{else}Anna is beside you.{end}
    Your friend Anna.
  exit north to crowd
    move jens to crowd
    move anna to crowd

scene crowd "Crowd"
  A crowd.
  on leave
    end out

ending out "Out" success
  Bye.
