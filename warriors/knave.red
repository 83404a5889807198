;redcode-94
;name Knave of Stones
;author Red Queen arena
;strategy Stone. An SPL #0 keeps feeding fresh processes into a three-line loop that throws
;strategy DAT rocks at a mod-5 stride (every fifth cell), so it bombs faster the longer it lives.
;assert CORESIZE == 8000

STEP    equ     3365            ; 5 * 673: the stride visits 1600 cells, all in one class mod 5

        org     feed

; The rock doubles as the aiming pointer. The code is five lines, so exactly one of them
; (the rock itself) shares its class mod 5 and all the others are never hit.
rock    dat     #0, #STEP
feed    spl     #0, 0           ; one process stays here and spawns a thrower every turn
throw   mov.i   rock, @rock
        add.ab  #STEP, rock
        jmp     throw

        end
