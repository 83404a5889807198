;redcode-94
;name Looking-Glass
;author Red Queen arena
;strategy Quickscan, then a three-stage silk paper. For its first 28 cycles Looking-Glass
;strategy compares pairs of cells spread over the core (empty core is all DAT 0,0, so a pair
;strategy that differs means someone is there); on a hit it finds the cell and lays DAT carpets
;strategy out from it both ways. Then eleven processes run the paper: stage one copies the whole
;strategy body forward, stage two copies it forward again, stage three copies it backward and
;strategy jumps there, so every pass makes three new papers. In between, each pass throws
;strategy anti-imp DATs (their >2667 >5334 increments break up 3-point imp spirals) at three
;strategy walking targets. Constants from a random/local search on training warriors.
;assert CORESIZE == 8000

QB      equ     3841            ; first probed cell, past our own code
QS      equ     137             ; step between probes (28 probes over the core)
QD      equ     4472            ; each probe compares a cell with the one QD further on
QN      equ     30              ; passes of the carpet around a hit (two DATs each)
D1      equ     3520            ; where stage one copies the paper
D2      equ     2394            ; where stage two copies the paper
D3      equ     7900            ; stage three copies backward, ending just below this
H1      equ     100             ; first bomb stream (walks up through B)
H2      equ     2064            ; second bomb stream (walks up through A)
H3      equ     6679            ; third bomb stream (walks down through A)

        org     qscan

; Each block looks at four cells in two cycles: SNE skips to the JMP if its pair differs,
; SEQ falls onto it if its pair differs. Probe k is cell QB+k*QS from here, and QD beyond.
qscan   sne.i   qscan+QB+QS*0, qscan+QB+QS*0+QD
        seq.i   qscan+QB+QS*1, qscan+QB+QS*1+QD
        jmp     q0
        sne.i   qscan+QB+QS*2, qscan+QB+QS*2+QD
        seq.i   qscan+QB+QS*3, qscan+QB+QS*3+QD
        jmp     q1
        sne.i   qscan+QB+QS*4, qscan+QB+QS*4+QD
        seq.i   qscan+QB+QS*5, qscan+QB+QS*5+QD
        jmp     q2
        sne.i   qscan+QB+QS*6, qscan+QB+QS*6+QD
        seq.i   qscan+QB+QS*7, qscan+QB+QS*7+QD
        jmp     q3
        sne.i   qscan+QB+QS*8, qscan+QB+QS*8+QD
        seq.i   qscan+QB+QS*9, qscan+QB+QS*9+QD
        jmp     q4
        sne.i   qscan+QB+QS*10, qscan+QB+QS*10+QD
        seq.i   qscan+QB+QS*11, qscan+QB+QS*11+QD
        jmp     q5
        sne.i   qscan+QB+QS*12, qscan+QB+QS*12+QD
        seq.i   qscan+QB+QS*13, qscan+QB+QS*13+QD
        jmp     q6
        sne.i   qscan+QB+QS*14, qscan+QB+QS*14+QD
        seq.i   qscan+QB+QS*15, qscan+QB+QS*15+QD
        jmp     q7
        sne.i   qscan+QB+QS*16, qscan+QB+QS*16+QD
        seq.i   qscan+QB+QS*17, qscan+QB+QS*17+QD
        jmp     q8
        sne.i   qscan+QB+QS*18, qscan+QB+QS*18+QD
        seq.i   qscan+QB+QS*19, qscan+QB+QS*19+QD
        jmp     q9
        sne.i   qscan+QB+QS*20, qscan+QB+QS*20+QD
        seq.i   qscan+QB+QS*21, qscan+QB+QS*21+QD
        jmp     q10
        sne.i   qscan+QB+QS*22, qscan+QB+QS*22+QD
        seq.i   qscan+QB+QS*23, qscan+QB+QS*23+QD
        jmp     q11
        sne.i   qscan+QB+QS*24, qscan+QB+QS*24+QD
        seq.i   qscan+QB+QS*25, qscan+QB+QS*25+QD
        jmp     q12
        sne.i   qscan+QB+QS*26, qscan+QB+QS*26+QD
        seq.i   qscan+QB+QS*27, qscan+QB+QS*27+QD
        jmp     q13

; Nothing found (or the hit is dealt with): SPL 1, MOV -1 0, SPL 1, MOV -1 0 turn one
; process into eleven that all stand on silk1, in order.
start   spl     1
        mov     -1, 0           ; becomes SPL 1 for the processes behind
        spl     1
        mov     -1, 0
; Stage one: all SPLs read silk1's B before any MOV moves it, so each new process lands on
; the first line of the copy; each MOV copies one line (A is the source, B the target).
silk1   spl     @0, <D1
        mov     }silk1, >silk1
        mov     bomb, {H3       ; bomb stream, downwards
; Stage two: the same again, to another place.
silk2   spl     @0, <D2
        mov     }silk2, >silk2
        mov     bomb, >H1       ; bomb stream, upwards
        mov     bomb, }H2       ; bomb stream, upwards through the A field
; Stage three: copy backward from where stage two stopped, then all jump into that copy.
        mov     {silk2, <silk3
silk3   djn.f   @0, <D3
bomb    dat     >2667, >5334    ; anti-imp: 3*2667 = 8001, so it hits imp-spiral steps

; Decoder: block k enters k adds above q0, so qptr ends up on probe 2k.
q13     add.ab  #QS*2, qptr
q12     add.ab  #QS*2, qptr
q11     add.ab  #QS*2, qptr
q10     add.ab  #QS*2, qptr
q9      add.ab  #QS*2, qptr
q8      add.ab  #QS*2, qptr
q7      add.ab  #QS*2, qptr
q6      add.ab  #QS*2, qptr
q5      add.ab  #QS*2, qptr
q4      add.ab  #QS*2, qptr
q3      add.ab  #QS*2, qptr
q2      add.ab  #QS*2, qptr
q1      add.ab  #QS*2, qptr
q0      seq.i   blank, @qptr    ; probe 2k itself?
        jmp     found
        add.ab  #QD, qptr       ; its partner QD on?
        seq.i   blank, @qptr
        jmp     found
        add.ab  #QS-QD, qptr    ; probe 2k+1?
        seq.i   blank, @qptr
        jmp     found
        add.ab  #QD, qptr       ; then it must be its partner
; Lay anti-imp DATs from the hit outwards both ways (A walks down, B walks up), then boot.
found   mov.ba  qptr, qptr
qloop   mov.i   bomb, >qptr
        mov.i   bomb, {qptr
        djn     qloop, #QN
        jmp     start
qptr    dat     0, qscan+QB
blank   dat     0, 0            ; what an empty cell looks like

        end
